// core reaching up into the command-line program.
#include "model/design.h"
#include "cli/cli.h"
