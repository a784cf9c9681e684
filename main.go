// Command devproxy is the front door of a Vite development stack: one port for
// the app, its HMR socket, an API backend and a local Pusher server, plus an
// environment check that says what will break before the browser does.
//
// main only wires: it builds the CLI with injected streams, runs it under a
// context that SIGINT/SIGTERM cancel, and turns the error into an exit code.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newApp(os.Stdout, os.Stderr).RunContext(ctx, os.Args)
	stop()
	os.Exit(exitCode(os.Stderr, err))
}

// exitError carries an exit code with a message a person reads.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageErr is a mistake in how devproxy was called: exit status 2.
func usageErr(format string, a ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, a...)}
}

// exitCode prints err (once, without a stack trace) and maps it to a status:
// 0 success, 1 runtime failure, 2 usage error; other codes pass through.
func exitCode(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(stderr, "devproxy: %s\n", ee.msg)
		}
		return ee.code
	}
	if errors.Is(err, context.Canceled) {
		return 0
	}
	fmt.Fprintf(stderr, "devproxy: %s\n", err)
	return 1
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "devproxy",
		Usage:   "one port for your Vite app, its HMR, your API and a local Pusher",
		Version: version,
		Description: `devproxy sits in front of the Vite dev server. Publish one port and pages,
modules, hot reload, /api routes and real-time all work through it, in a
container or not. Start with:

   devproxy check            find env mistakes before the browser does
   devproxy up               serve the app (launches ./node_modules/.bin/vite)
   devproxy up --mock-pusher ... with a local Pusher server on the same port`,
		Writer:                    stdout,
		ErrWriter:                 stderr,
		HideVersion:               false,
		EnableBashCompletion:      false,
		UseShortOptionHandling:    false,
		Suggest:                   true,
		ExitErrHandler:            func(*cli.Context, error) {}, // main prints and exits
		OnUsageError:              onUsageError,
		Commands:                  commands(),
		CommandNotFound:           commandNotFound,
		DisableSliceFlagSeparator: true,
	}
	return app
}

func onUsageError(c *cli.Context, err error, _ bool) error {
	return usageErr("%s\nRun 'devproxy %s --help' for usage.", err, c.Command.FullName())
}

func commandNotFound(c *cli.Context, name string) {
	fmt.Fprintf(c.App.ErrWriter, "devproxy: unknown command %q. Run 'devproxy --help' for the list.\n", name)
	os.Exit(2)
}

// commands lists the subcommands; each lives in its own cmd_*.go file.
func commands() []*cli.Command {
	return []*cli.Command{
		upCommand(),
		checkCommand(),
		mockPusherCommand(),
		versionCommand(),
	}
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print devproxy's version",
		Action: func(c *cli.Context) error {
			fmt.Fprintf(c.App.Writer, "devproxy %s\n", version)
			return nil
		},
	}
}
