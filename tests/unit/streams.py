"""Shared helper for brain tests: run a small article stream through the pure core."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from claimlogic import ledger
from claimlogic.brain import BrainConfig, analyze, observe
from claimlogic.extract import extract_claims
from topics.catalog import TABLES
from topics.schemas import Article

T0 = 1_760_000_000.0


def run_stream(
    items: Sequence[tuple[str, str, str | None, str] | tuple[str, str, str | None, str, str]],
    config: BrainConfig | None = None,
) -> list[tuple[str, bool, list[dict[str, Any]]]]:
    """items: (id, published_at, title, text[, outlet]) -> [(story, new_story, alerts)], one
    per item.

    An article without an outlet gets one of its own ("Outlet 0", "Outlet 1" ...); the
    analyzed record goes through a JSON round trip, as in the worker.
    """
    tables: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
    out = []
    for i, (aid, pub, title, text, *named) in enumerate(items):
        outlet = named[0] if named else f"Outlet {i}"
        art = Article.create(
            text, id=aid, title=title, outlet=outlet, published_at=pub, fetched_at=pub
        )
        rec = json.loads(json.dumps(analyze(art, claims=extract_claims(text))))
        obs = observe(tables, rec, now=T0 + i, config=config or BrainConfig())
        out.append((obs.story, obs.new_story, obs.alerts))
    return out


def article_alerts(text: str, *, title: str, published_at: str) -> list[tuple[str, str, str]]:
    """Run one article through the pure core; its alerts as (kind, figure as written, key)."""
    ((_story, _new_story, alerts),) = run_stream([("a1", published_at, title, text)])
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def weighed(alerts: list[dict[str, Any]]) -> list[tuple[str, str, list[str]]]:
    """Alerts as (kind, figure as written, the earlier figures it was weighed against)."""
    return [(a["kind"], a["claim"]["text"], [x["text"] for x in a["against"]]) for a in alerts]


def article_figures(text: str, *, title: str, published_at: str) -> list[tuple[str, str]]:
    """One article's alerts as (kind, figure as written), keys left out."""
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(text, title=title, published_at=published_at)
    ]


def figure_in(quote: str, text: str, **extra: Any) -> dict[str, Any]:
    """A claim that is only a figure ``text`` in its sentence ``quote`` (with its offsets),
    for tests of a sentence-reading predicate; ``extra`` adds fields ("source")."""
    at = quote.index(text)
    return {"quote": quote, "text": text, "start": at, "end": at + len(text), **extra}


def count_claim(value: float, text: str, quote: str, metric: str, **extra: Any) -> dict[str, Any]:
    """A plain exact claim of ``metric`` (``subject|property``) as the ledger tests build
    them: its unit is the key's subject; ``extra`` adds or overrides fields."""
    return {
        "value": value,
        "bound": "exact",
        "property": metric.split("|")[1],
        "metric": metric,
        "unit": metric.split("|")[0],
        "quote": quote,
        "text": text,
        **extra,
    }


def unitless_count(
    text: str, quote: str, value: float, metric: str = "things|count"
) -> dict[str, Any]:
    """A plain exact count with no unit, as the first-figure guard tests build them (the
    guards read the text, quote and key, not the unit)."""
    return count_claim(value, text, quote, metric, property="count", unit=None)


def first_decision_kinds(claim: dict[str, Any], **decide_kwargs: Any) -> list[str]:
    """Decide ``claim`` as the first figure of its own key in a story (no ledger entry
    yet); the kinds of the decisions (``["new_figure"]`` or ``[]``)."""
    metric = str(claim["metric"])
    _, decisions, _ = ledger.decide(
        None,
        claim,
        {"id": "a1", "outlet": "a1"},
        story="st",
        metric=metric,
        label=metric,
        event_t=0.0,
        now_iso="2026-01-01T00:00:00Z",
        **decide_kwargs,
    )
    return [d[0] for d in decisions]


def later_decision_kinds(
    first: dict[str, Any],
    second: dict[str, Any],
    first_kwargs: dict[str, Any] | None = None,
    **decide_kwargs: Any,
) -> list[str]:
    """Decide two claims of one key from two articles a day apart (``first`` opens the
    key, ``second`` comes in a running story); the kinds of the second's decisions.
    ``decide_kwargs`` go to the second decision (``in_lede=False``: the body of a long
    report), ``first_kwargs`` to the first (``article_entities=...``)."""
    metric = str(first["metric"])
    kw: dict[str, Any] = {"story": "st", "metric": metric, "label": metric}
    kw["now_iso"] = "2026-01-01T00:00:00Z"
    a1 = {"id": "a1", "outlet": "a1"}
    entry, _, _ = ledger.decide(None, first, a1, event_t=0.0, **kw, **(first_kwargs or {}))
    _, decisions, _ = ledger.decide(
        entry,
        second,
        {"id": "a2", "outlet": "a2"},
        event_t=9e4,
        continuing=True,
        **kw,
        **decide_kwargs,
    )
    return [d[0] for d in decisions]


def kinds_across_incidents(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    """:func:`later_decision_kinds` for two articles that share no named entity, which the
    incident guard takes for two incidents' reports (rounds 71 and 84)."""
    return later_decision_kinds(
        first,
        second,
        first_kwargs={"article_entities": "a1a1b2b2c3c3"},
        article_entities="d4d4e5e5f6f6",
    )


#: When :func:`two_article_kinds` opens its story (seconds since the epoch).
LEDGER_T0 = 1_900_000_000.0
DAY = 24 * 3600.0


def sourced_claim(
    value: float,
    text: str,
    quote: str,
    metric: str,
    *,
    source: str | None = None,
    change: str | None = None,
    time: str | None = None,
    keyed: bool = False,
) -> dict[str, Any]:
    """An exact claim of ``metric`` as the ledger's contradiction tests build them: its
    interval, its speaker (``source``), its time scope and its stated change; ``keyed``
    adds the unit and property the key names, as :func:`count_claim` does."""
    claim: dict[str, Any] = {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "metric": metric,
        "text": text,
        "quote": quote,
        "source": source,
        "time": time,
        "change": change,
    }
    if keyed:
        claim.update(unit=metric.split("|")[0], property=metric.split("|")[1])
    return claim


def two_article_kinds(
    first: dict[str, Any],
    later: dict[str, Any],
    metric: str,
    *,
    days: float = 2.0,
    first_kwargs: dict[str, Any] | None = None,
    **later_kwargs: Any,
) -> list[tuple[str, list[float]]]:
    """Decide ``first`` (article a1, outlet X) and then ``later`` (a2, outlet Y, ``days``
    on, in a running story) under ``metric``; for each decision on ``later``, its kind and
    the values of the earlier figures it names.  ``first_kwargs`` and ``later_kwargs`` go to
    the two ``ledger.decide`` calls (``in_lede``, ``quarrelling``, ``article_entities`` ...)."""
    kw: dict[str, Any] = {"story": "s", "metric": metric, "label": metric.split("|")[0]}
    kw["now_iso"] = "t"
    entry, _, _ = ledger.decide(
        None, first, {"id": "a1", "outlet": "X"}, event_t=LEDGER_T0, **kw, **(first_kwargs or {})
    )
    _, decisions, _ = ledger.decide(
        entry,
        later,
        {"id": "a2", "outlet": "Y"},
        event_t=LEDGER_T0 + days * DAY,
        continuing=True,
        **kw,
        **later_kwargs,
    )
    return [(d[0], [float(f["claim"]["value"]) for f in d[2]]) for d in decisions]
