// A panel reaching up into the main window.
#include "main/theme.h"
