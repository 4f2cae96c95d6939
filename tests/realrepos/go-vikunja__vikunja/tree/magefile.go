// facts only, one per line
//go:build mage
package main
c.Run()
buildFrontendCmd.Run()
playwrightCmd.Run()
c.Run()
fetchCmd.Run()
cmd.Run()
pnpmCmd.Run()
patchCmd.Run()
cmd.Run()
cmd.Run()
cmd.Run()
cmd.Run()
