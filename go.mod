module github.com/satzwerk/satz

go 1.26.0

require (
	github.com/segmentio/encoding v0.5.4
	github.com/spf13/cobra v1.10.2
	golang.org/x/text v0.43.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/segmentio/asm v1.1.3 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	golang.org/x/sys v0.0.0-20211110154304-99a53858aa08 // indirect
)
