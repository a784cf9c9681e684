package main

import "github.com/urfave/cli/v2"

func checkCommand() *cli.Command {
	return &cli.Command{Name: "check", Usage: "check the environment Vite will see (not wired yet)"}
}
