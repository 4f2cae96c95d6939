// facts only, one per line
package main
.StringP("host", "h", "", "StarRocks host"
.StringP("port", "p", "", "StarRocks port"
.StringP("user", "u", "", "StarRocks user"
.StringP("password", "P", "", "StarRocks password"
.StringP("database", "d", "", "StarRocks database"
.StringP("batch_size", "b", "", "StarRocks insert batch size"
.StringP("extra", "e", "", "StarRocks create table sql extra"
.StringP("order_by", "o", "", "Source tables order by, default is primary key"
.StringP("time_after", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
