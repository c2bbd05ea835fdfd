// core reaching up into the studio.
#include "document/document.h"
