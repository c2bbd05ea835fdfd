// A score computed on an incomplete or oversubscribed fabric says so on the
// score cards, where the user reads the numbers.
#include "main/main_window.h"
#include "panels/results_panel.h"
#include "panels/score_cards.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>

using namespace cc;
using namespace cc::studio;

using testing::kPod;
using testing::Studio;

TEST_CASE("studio: the score cards carry a caveat when the scalable unit is replicated without links between copies",
          "[widgets][studio][fabric]") {
    Studio s(kPod);
    ScoreService* svc = s.w->scoring();
    svc->waitForIdle();
    QApplication::processEvents();
    ScoreCardsView* cards = s.w->results()->cards();
    REQUIRE(svc->latest().kind == "training");
    CHECK(svc->latest().caveats.isEmpty()); // the template's fabric is complete
    CHECK_FALSE(cards->caveatLine()->isVisible());

    // ×13 on the group that holds the spines: 13 islands, nothing between them.
    REQUIRE(s.doc()->setGroupReplicas(QStringLiteral("g1"), 13));
    svc->waitForIdle();
    QApplication::processEvents();
    REQUIRE(svc->latest().caveats.size() == 1);
    REQUIRE_FALSE(svc->latest().cards.isEmpty()); // still scored, with the caveat beside the numbers
    CHECK(cards->caveatLine()->isVisible());
    CHECK(cards->caveatLine()->text() ==
          QStringLiteral("⚠ Computed on an incomplete fabric: group 'Scalable unit' (g1) ×13 has no scale-out link between its copies"));

    // Presentation mode keeps it, larger.
    const qreal normal = cards->caveatLine()->font().pointSizeF();
    s.w->results()->setPresentation(true);
    CHECK(cards->caveatLine()->isVisible());
    CHECK(cards->caveatLine()->font().pointSizeF() > normal);
    s.w->results()->setPresentation(false);

    REQUIRE(s.doc()->setGroupReplicas(QStringLiteral("g1"), 1));
    svc->waitForIdle();
    QApplication::processEvents();
    CHECK(svc->latest().caveats.isEmpty());
    CHECK_FALSE(cards->caveatLine()->isVisible());
}
