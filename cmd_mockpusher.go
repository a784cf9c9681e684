package main

import "github.com/urfave/cli/v2"

func mockPusherCommand() *cli.Command {
	return &cli.Command{Name: "mock-pusher", Usage: "run a local Pusher Channels server (not wired yet)"}
}
