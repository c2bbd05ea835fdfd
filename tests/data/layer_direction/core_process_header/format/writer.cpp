// core including a process-control header.
#include <spawn.h>
