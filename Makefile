# The two commands of the README, and a few more.
SWIFT ?= swift

.PHONY: demo test deps test-deps build bench simulate check clean

## make demo — runs the demo hall (the embedded default; a local SQLite file, no hardware).
demo: deps
	$(SWIFT) build --product talon
	.build/debug/talon demo

## make test — runs every test (installs what the tests need first).
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test
	@scripts/setup-emupos.sh
	@scripts/setup-web-tests.sh

build: deps
	$(SWIFT) build -c release --product talon

simulate: build
	.build/release/talon simulate --days 7 --seed 1

bench: build
	.build/release/talon bench engine

check:
	$(SWIFT) build --product talon && .build/debug/talon check-config kiosk/demo/hall.yaml

clean:
	rm -rf .build .bench
