// Small-count suppression: which cells are hidden, worked out by hand.

#include <doctest/doctest.h>

#include "domain/outcomes/suppression.hpp"

using ipskit::outcomes::Mark;
using ipskit::outcomes::SuppressionGrid;

TEST_CASE("outcomes::SuppressionGrid") {
    SUBCASE("one small count in a row: the next-smallest is hidden too") {
        // Hjørring 2020: job 37, flexjob 2, education 30, other 55 = 124; job or education 69.
        SuppressionGrid g;
        const auto job = g.add(37), flex = g.add(2), edu = g.add(30), other = g.add(55), total = g.add(124),
                   joe = g.add(69);
        g.add_sum({job, flex, edu, other}, total);
        g.add_sum({job, flex, edu}, joe);
        g.add_sum({joe, other}, total);
        g.apply(5);
        CHECK(g.hidden(flex));
        CHECK(g.hidden(edu));  // 30 is the smallest shown part
        CHECK_FALSE(g.hidden(job));
        CHECK_FALSE(g.hidden(other));
        CHECK_FALSE(g.hidden(total));
        CHECK_FALSE(g.hidden(joe));
    }
    SUBCASE("no count under the threshold: nothing hidden") {
        SuppressionGrid g;
        const auto a = g.add(5), b = g.add(6), t = g.add(11);
        g.add_sum({a, b}, t);
        g.apply(5);
        CHECK_FALSE(g.hidden(a));
        CHECK_FALSE(g.hidden(b));
    }
    SUBCASE("threshold 0 hides nothing, not even zeros") {
        SuppressionGrid g;
        const auto a = g.add(0);
        g.apply(0);
        CHECK_FALSE(g.hidden(a));
    }
    SUBCASE("a hidden 'other' hides job or education too, else total minus it would give it back") {
        SuppressionGrid g;
        const auto job = g.add(40), flex = g.add(10), edu = g.add(20), other = g.add(3), total = g.add(73),
                   joe = g.add(70);
        g.add_sum({job, flex, edu, other}, total);
        g.add_sum({job, flex, edu}, joe);
        g.add_sum({joe, other}, total);
        g.apply(5);
        CHECK(g.hidden(other));
        CHECK(g.hidden(flex));  // row sum: smallest shown part
        CHECK(g.hidden(joe));   // joe + other = total
        // joe is hidden, so job + flex + edu = joe has two hidden cells: fine.
        CHECK_FALSE(g.hidden(job));
        CHECK_FALSE(g.hidden(total));
    }
    SUBCASE("down a column: groups that add up to a total") {
        // Column of one outcome in three sites: 2, 9, 12 = 23.
        SuppressionGrid g;
        const auto a = g.add(2), b = g.add(9), c = g.add(12), t = g.add(23);
        g.add_sum({a, b, c}, t);
        g.apply(3);
        CHECK(g.hidden(a));
        CHECK(g.hidden(b));
        CHECK_FALSE(g.hidden(c));
        CHECK_FALSE(g.hidden(t));
    }
    SUBCASE("hiding for one sum protects the other sums it is in") {
        // Two rows (a1 + a2 = ta, b1 + b2 = tb) and two columns (a1 + b1 = t1, a2 + b2 = t2).
        SuppressionGrid g;
        const auto a1 = g.add(1), a2 = g.add(10), ta = g.add(11);
        const auto b1 = g.add(20), b2 = g.add(30), tb = g.add(50);
        const auto t1 = g.add(21), t2 = g.add(40);
        g.add_sum({a1, a2}, ta);
        g.add_sum({b1, b2}, tb);
        g.add_sum({a1, b1}, t1);
        g.add_sum({a2, b2}, t2);
        g.apply(5);
        // a1 hidden; row a hides a2; column 1 hides b1; then row b hides b2 (column 2 already has two).
        CHECK(g.hidden(a1));
        CHECK(g.hidden(a2));
        CHECK(g.hidden(b1));
        CHECK(g.hidden(b2));
        CHECK_FALSE(g.hidden(ta));
    }
    SUBCASE("a cell hidden to protect is protected in its other sums too") {
        // a 1 + b 12 = 13: b is hidden (x) for a; b + 30 = 42 then needs
        // a second hidden cell, or b, and with it a, would follow.
        SuppressionGrid g;
        const auto a = g.add(1), b = g.add(12), ab = g.add(13), rest = g.add(30), b_all = g.add(42);
        g.add_sum({a, b}, ab);
        g.add_sum({b, rest}, b_all);
        g.apply(5);
        CHECK(g.mark(a) == Mark::small);
        CHECK(g.mark(b) == Mark::protecting);
        CHECK(g.mark(rest) == Mark::protecting);
        CHECK_FALSE(g.hidden(ab));
        CHECK_FALSE(g.hidden(b_all));
    }
    SUBCASE("a follower is hidden with its leader") {
        SuppressionGrid g;
        const auto a = g.add(3), b = g.add(20), t = g.add(23), n = g.add(19);
        g.add_sum({a, b}, t);
        g.add_follower(n, b);
        g.apply(5);
        CHECK(g.mark(b) == Mark::protecting);
        CHECK(g.mark(n) == Mark::protecting);
    }
    SUBCASE("a 0 is hidden as small, and protects as a hidden cell") {
        // 3 + 0 + 9 = 12: the 3 could be 0 to 3 and the 0 up to 3.
        SuppressionGrid g;
        const auto a = g.add(3), b = g.add(0), c = g.add(9), t = g.add(12);
        g.add_sum({a, b, c}, t);
        g.apply(5);
        CHECK(g.mark(a) == Mark::small);
        CHECK(g.mark(b) == Mark::small);
        CHECK_FALSE(g.hidden(c));
    }
    SUBCASE("a small whole of small parts is not pinned") {
        // 1 + 1 = 2 under 3: with 0 hidden too, 0 + 2 and 2 + 0 fit as well.
        SuppressionGrid g;
        const auto a = g.add(1), b = g.add(1), t = g.add(2);
        g.add_sum({a, b}, t);
        g.apply(3);
        CHECK(g.mark(a) == Mark::small);
        CHECK(g.mark(t) == Mark::small);
    }
}
