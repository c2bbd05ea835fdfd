#pragma once
// How fabric choices and fabric edits read in the studio: drop-down labels and
// the one-line summary of what an edit changed.
#include "model/fabric_edit.h"

#include <QString>

namespace cc::studio {

/// A fabric choice as the drop-downs show it: "InfiniBand NDR · 400 Gb/s", "Ethernet · 25 Gb/s".
QString fabricChoiceText(PortSpeed s);
/// "3 port groups on 3 parts, 2 links" (and "in 3 scenarios" when more than one).
QString changeSummary(const FabricChange& change, int scenarios);

} // namespace cc::studio
