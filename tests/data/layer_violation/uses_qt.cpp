// Planted on purpose: the layer tests prove that core/ refuses this include.
#include <QObject>
int planted_violation() { return 0; }
