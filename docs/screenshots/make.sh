#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb (needs xvfb: apt-get install xvfb
# libgtk-3-0). Writes docs/screenshots/*.png; look at each before committing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt </dev/null >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
xvfb-run -a -s "-screen 0 1600x1000x24" "$java" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.leafdrop.ui.ScreenshotTour docs/screenshots
# The briefing's first page (poppler-utils' pdftoppm):
#   ./leafdrop export samples/mosul-central-2016-10-16.leafdrop.json --to pdf -o /tmp/brief.pdf
#   pdftoppm -r 50 -f 1 -l 1 -png /tmp/brief.pdf /tmp/b06 && cp /tmp/b06-1.png docs/screenshots/06-briefing-page-1.png
