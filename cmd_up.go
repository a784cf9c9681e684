package main

import "github.com/urfave/cli/v2"

func upCommand() *cli.Command {
	return &cli.Command{Name: "up", Usage: "serve the app through one port (not wired yet)"}
}
