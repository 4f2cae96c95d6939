// facts only, one per line
package main
.String("username", "", "超级管理员账户"
.String("password", "", "超级管理员密码"
