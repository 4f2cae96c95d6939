module github.com/openstatushq/openstatus/packages/proto
go 1.25.2
