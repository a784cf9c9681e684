//go:build tools

package main

import (
	_ "github.com/compose-spec/compose-go/v2/cli"
	_ "github.com/evanw/esbuild/pkg/api"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/gorilla/websocket"
	_ "github.com/joho/godotenv"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/sync/errgroup"
)
