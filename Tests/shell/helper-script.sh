#!/bin/sh
# Run by errors.sh both as `sh helper-script.sh` and as an executable.
echo "helper: $# args: $1 $2"
exit 5
