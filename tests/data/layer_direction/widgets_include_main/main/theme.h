#pragma once
// The main window's theme.
