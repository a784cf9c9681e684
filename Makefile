# The two commands a fresh machine needs (see README):
#   make demo   run devproxy on the bundled chat demo
#   make test   install what the tests need, then run them all
.PHONY: demo test build bench check-demo

GO ?= go

build:
	$(GO) build -o bin/devproxy .

demo: build
	scripts/setup.sh demo
	bin/devproxy up --dir testdata/demo --mock-pusher \
	  --route /api=http://127.0.0.1:3001 --run "node server/index.mjs"

test:
	scripts/setup.sh test
	$(GO) vet ./...
	scripts/test.sh

bench: build
	scripts/bench.sh
