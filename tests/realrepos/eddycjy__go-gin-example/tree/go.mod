module github.com/EDDYCJY/go-gin-example
go 1.13

require (
	github.com/360EntSecGroup-Skylar/excelize v1.3.1-0.20180527032555-9e463b461434
	github.com/alecthomas/template v0.0.0-20190718012654-fb15b899a751
	github.com/astaxie/beego v1.9.3-0.20171218111859-f16688817aa4
	github.com/boombuler/barcode v1.0.1-0.20180315051053-3c06908149f7
	github.com/dgrijalva/jwt-go v3.1.0+incompatible
	github.com/gin-gonic/gin v1.4.0
	github.com/go-ini/ini v1.32.1-0.20180214101753-32e4be5f41bb
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0
	github.com/gomodule/redigo v2.0.1-0.20180401191855-9352ab68be13+incompatible
	github.com/jinzhu/gorm v0.0.0-20180213101209-6e1387b44c64
	github.com/swaggo/gin-swagger v1.2.0
	github.com/swaggo/swag v1.5.1
	github.com/tealeg/xlsx v1.0.4-0.20180419195153-f36fa3be8893
	github.com/unknwon/com v1.0.1
)
