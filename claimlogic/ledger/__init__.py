"""The figure ledger of one story and metric: intervals, corroboration, and the alert decision.

Everything here is pure: :func:`decide` takes the ledger entry (a JSON-able
dict) and a new claim, and returns the new entry plus what to alert, if
anything.  The rules are documented in ``docs/ledger.md``; in short:

* **Interval** of a figure, from its bound: ``exact`` -> the point;
  ``approx`` -> ``v +- r`` with ``r`` = half the figure's rounding unit (the
  place value of its last non-zero digit: 1,000 for "11,000", 100 for
  "1,500"), clamped to 2.5%-10% of ``v``; ``min`` -> ``[v, inf)``; ``max`` ->
  ``[0, v]``; ``range`` and vague amounts -> the extractor's ``[low, high]``.
* **Conflict**: two intervals conflict when they are disjoint and the gap
  between them exceeds ``tolerance`` (2%) of the larger near endpoint.
* **Comparable**: only figures from different articles, neither hypothetical
  nor a projection ("expected"), neither vague nor a delta ("rose by 5"), same
  unit, compatible place (equal, or one unset) and time scope (equal, or one
  unset and the other not a period such as "a day", "in October", "since
  August").
* **Corroboration**: a figure that matches an existing one (same bound kind,
  scope and hedge class, value within tolerance) is added to it as support:
  its outlet is counted, no alert.
* **Update vs contradiction**: a conflict with an earlier figure is an
  ``update`` when the new figure is published later and moves in the
  direction the story develops (the claim says "rose/fell", or the metric is a
  running count such as killed, injured, arrested, shipped); a lower figure of
  a running count published *earlier* than the higher one is consistent
  (silence); otherwise a ``contradiction``.  A later figure of a running count
  that sharpens an open bound upward ("at least 100 dead", then "1,300 dead")
  is an ``update`` too when it is above every comparable figure.
* **Event tolls** (killed, injured, casualties...): two figures more than
  ``event_count_window_s`` (3 days) apart in event time are not contradicted
  (a long story holds several incidents); updates still apply.
* **Same outlet**: a figure that conflicts only with figures from the same
  outlet is never a contradiction (the outlet revised itself); it can still be
  an update.
* **Incident guard**: event tolls (killed, injured...) of two articles are
  compared only when the articles share at least 65% of their named
  entities: templated crime briefs about different shootings in one city may
  land in one story, but they name other streets, victims and neighbourhoods.
* **Cross-mention guard**: no contradiction or update when each article also states the
  other's number (under another metric): the outlets agree on the numbers and
  only the extracted labels differ.
* **Revisions**: a later figure whose sentence says it corrects or revises an
  earlier one is an ``update`` in either direction; a figure whose value is
  already on record is never an ``update``.
* **State readings** (without power, in shelters, held, missing, in hospital, a
  price; not running totals): a reading more than ``state_same_time_s`` (3 h)
  later, or the same source's newer one, is an ``update`` in either direction; an
  older one arriving late is silent; different sources within 3 h that disagree
  contradict.
* **Disagreement** (round 7, :func:`disagreement`): a candidate contradiction is raised only
  when the later sentence disputes the figure ("disputing", "denied", "dismissing"...), or
  the two name different sources, are within 3 h (unless an estimate or one past
  occasion), and the later sentence does not say the figure moved; otherwise silence.
* **new_figure**: the first alertable figure of a metric in a story (not
  hypothetical, not vague, not a delta, not a single-digit plain count, not a weather
  reading).

The package (split mechanically from the old ``claimlogic/ledger.py``; every body unchanged),
its modules from the lowest layer up -- a module imports only from the ones above it:

* ``words.py`` (24 definitions): the sentence and clause helpers every rule reads with
  (_in_sentence, _around, _clause_starts, _clause_at, own_clause, _figure_clause) and
  the few regexes of the file's opening stretch that several modules share (_PERIOD,
  _REVISION...).
* ``intervals.py`` (11 definitions): the interval a figure allows (rounding_unit,
  approx_radius, interval), gap, rel_diff, their JSON form.
* ``scope.py`` (21 definitions): may two figures be compared at all: hedge class, place,
  time scope, units (comparable, comparable_in_article, scope_compatible,
  units_compatible, MEASURE_UNITS, alertable, running_count).
* ``records.py`` (14 definitions): the stored entry: pack_entry/unpack_entry, compact/full
  claims, new figure records, figure_as_side, matches, restates_earlier.
* ``kinds.py`` (92 definitions): what one figure is, from its sentence: state readings,
  occasions, displaced people, money roles and bare sums, plain counts, revisions and
  recounts, ages, sizes, methods, befell, delta and weather readings, toll_moved -- and
  newsworthy, the first-figure gate.
* ``framing.py`` (99 definitions): figures that frame a story rather than count it
  (yardsticks, parts of groups, what a place has, context_figure, relative clauses,
  limits, quotes, past years) and where a figure stands in its article (in_lede, side
  and per-unit figures, prices, scenery counts, events told, same_incident).
* ``disputes.py`` (101 definitions): dispute cues of a figure's sentence (disputes_figure,
  disputed, disputed_values, multiples, sources_differ, named periods, own revisions),
  disagreement, and stated ratios (stated_ratio).
* ``rivals.py`` (83 definitions): rival readings of one quantity: quarrel, quarrel_pair,
  rival_side, rival_in_article, rival_reading, own speakers and own counts, crowds,
  calm_rival.
* ``steps.py`` (15 definitions): an article's own steps and parts: previous_values,
  brought_to, increments, step_pairs, parts.
* ``updates.py`` (50 definitions): the update tests: moves, periods and moments, parts
  moved on, small against large, now moved on, the same body's newer count, described
  alike, continued.
* ``decision.py`` (33 definitions): decide (fold one claim into a story-metric entry and
  say what to alert), its first-figure tests (second_quantity, _own_earlier), severities
  and describe.

The names below are re-exported so that ``from claimlogic import ledger; ledger.NAME``
keeps working for every name used outside the package. To patch a rule in a test,
patch the module whose code calls it (``ledger.decision``, ...).
"""

from __future__ import annotations

from .decision import ACROSS_RIVAL_RATIO as ACROSS_RIVAL_RATIO
from .decision import _own_predicate as _own_predicate
from .decision import _part_own as _part_own
from .decision import decide as decide
from .decision import describe as describe
from .decision import fmt_num as fmt_num
from .decision import second_quantity as second_quantity
from .decision import severity_contradiction as severity_contradiction
from .decision import severity_update as severity_update
from .disputes import _DISPUTE as _DISPUTE
from .disputes import _EARLIER_TIME as _EARLIER_TIME
from .disputes import _delta_before_cue as _delta_before_cue
from .disputes import _named as _named
from .disputes import _same_order as _same_order
from .disputes import _source_words as _source_words
from .disputes import also_another as also_another
from .disputes import bare_not as bare_not
from .disputes import cue_multiple as cue_multiple
from .disputes import cue_names_body as cue_names_body
from .disputes import disagreement as disagreement
from .disputes import disputed as disputed
from .disputes import disputed_value_named as disputed_value_named
from .disputes import disputed_values as disputed_values
from .disputes import disputes_figure as disputes_figure
from .disputes import disputing_toll as disputing_toll
from .disputes import earlier_reading_named as earlier_reading_named
from .disputes import moments_of_dispute as moments_of_dispute
from .disputes import multiple_of_another as multiple_of_another
from .disputes import of_another_time as of_another_time
from .disputes import other_periods as other_periods
from .disputes import own_revision as own_revision
from .disputes import passes_earlier as passes_earlier
from .disputes import remainder as remainder
from .disputes import reversed_out as reversed_out
from .disputes import sources_differ as sources_differ
from .disputes import stated_ratio as stated_ratio
from .disputes import story_dispute_word as story_dispute_word
from .disputes import time_in_cue as time_in_cue
from .framing import LEDE_CHARS as LEDE_CHARS
from .framing import LONG_ARTICLE_CHARS as LONG_ARTICLE_CHARS
from .framing import acted_on as acted_on
from .framing import ceiling_figure as ceiling_figure
from .framing import comparison_base as comparison_base
from .framing import compound_modifier as compound_modifier
from .framing import context_figure as context_figure
from .framing import event_told as event_told
from .framing import first_paragraph_end as first_paragraph_end
from .framing import framing_figure as framing_figure
from .framing import in_lede as in_lede
from .framing import limit_figure as limit_figure
from .framing import listed_after as listed_after
from .framing import measured_size as measured_size
from .framing import method_count as method_count
from .framing import moves_on as moves_on
from .framing import of_a_past_year as of_a_past_year
from .framing import owns as owns
from .framing import part_named_after_group as part_named_after_group
from .framing import part_of_group as part_of_group
from .framing import partitive as partitive
from .framing import per_unit_figure as per_unit_figure
from .framing import presupposed_rest as presupposed_rest
from .framing import price_term as price_term
from .framing import reference_level as reference_level
from .framing import relative_aside as relative_aside
from .framing import relative_present as relative_present
from .framing import relative_said as relative_said
from .framing import scenery_count as scenery_count
from .framing import set_in_a_scene as set_in_a_scene
from .framing import setting_count as setting_count
from .framing import side_figure as side_figure
from .framing import spoken as spoken
from .framing import time_count as time_count
from .framing import told_done_to as told_done_to
from .framing import unchanged_count as unchanged_count
from .framing import up_to_cap as up_to_cap
from .framing import usual_activity as usual_activity
from .framing import what_it_has as what_it_has
from .framing import whole_of_part as whole_of_part
from .framing import yardstick as yardstick
from .intervals import gap as gap
from .intervals import interval as interval
from .intervals import jsonable_interval as jsonable_interval
from .intervals import rel_diff as rel_diff
from .intervals import rounding_unit as rounding_unit
from .kinds import _MONEY_ROLES as _MONEY_ROLES
from .kinds import _compound_plural as _compound_plural
from .kinds import age_of_person as age_of_person
from .kinds import bare_sum as bare_sum
from .kinds import befell as befell
from .kinds import counted_twice as counted_twice
from .kinds import counts_things as counts_things
from .kinds import delta_as_figure as delta_as_figure
from .kinds import displaced_people as displaced_people
from .kinds import fixed_occasion as fixed_occasion
from .kinds import method_figure as method_figure
from .kinds import money_role as money_role
from .kinds import newsworthy as newsworthy
from .kinds import numbered_items as numbered_items
from .kinds import other_occasions as other_occasions
from .kinds import plain_count as plain_count
from .kinds import plural_noun as plural_noun
from .kinds import recount as recount
from .kinds import revised_from_earlier as revised_from_earlier
from .kinds import revision as revision
from .kinds import sentence_values as sentence_values
from .kinds import size_of_place as size_of_place
from .kinds import spread_over as spread_over
from .kinds import state_quantity as state_quantity
from .kinds import sum_nouns as sum_nouns
from .kinds import toll_moved as toll_moved
from .kinds import weather_reading as weather_reading
from .records import claim_identity as claim_identity
from .records import figure_as_side as figure_as_side
from .records import pack_entry as pack_entry
from .records import restates_earlier as restates_earlier
from .records import trimmed_claim as trimmed_claim
from .records import unpack_entry as unpack_entry
from .rivals import _BROUGHT_OUT as _BROUGHT_OUT
from .rivals import _CHANGED_HERE as _CHANGED_HERE
from .rivals import _OWN_EVIDENCE as _OWN_EVIDENCE
from .rivals import _SIDE_RESTATED as _SIDE_RESTATED
from .rivals import CALM_RIVAL_RATIO as CALM_RIVAL_RATIO
from .rivals import CROWD as CROWD
from .rivals import RIVAL_RATIO as RIVAL_RATIO
from .rivals import _ever_taken as _ever_taken
from .rivals import _own_body_speaks as _own_body_speaks
from .rivals import bare_crowd as bare_crowd
from .rivals import calm_rival as calm_rival
from .rivals import count_named_own as count_named_own
from .rivals import counted_itself as counted_itself
from .rivals import denied as denied
from .rivals import found_again as found_again
from .rivals import joined_gathering as joined_gathering
from .rivals import missing_of_aboard as missing_of_aboard
from .rivals import named_by_tag as named_by_tag
from .rivals import own_reading as own_reading
from .rivals import own_side_cue as own_side_cue
from .rivals import own_speaker as own_speaker
from .rivals import part_of_a_total as part_of_a_total
from .rivals import quarrel as quarrel
from .rivals import quarrel_pair as quarrel_pair
from .rivals import quoted_own_count as quoted_own_count
from .rivals import rival_in_article as rival_in_article
from .rivals import rival_reading as rival_reading
from .rivals import rival_side as rival_side
from .rivals import said_and_that as said_and_that
from .rivals import said_as_reading as said_as_reading
from .rivals import same_predicate as same_predicate
from .rivals import side_across as side_across
from .rivals import speaker_named as speaker_named
from .scope import MEASURE_UNITS as MEASURE_UNITS
from .scope import _unit as _unit
from .scope import alertable as alertable
from .scope import comparable as comparable
from .scope import comparable_in_article as comparable_in_article
from .scope import nationwide as nationwide
from .scope import of_a_period as of_a_period
from .scope import rivals_comparable as rivals_comparable
from .scope import units_compatible as units_compatible
from .steps import brought_to as brought_to
from .steps import increments as increments
from .steps import names_a_year as names_a_year
from .steps import parts as parts
from .steps import previous_values as previous_values
from .steps import step_pairs as step_pairs
from .updates import continued as continued
from .updates import described_alike as described_alike
from .updates import moved_past_period as moved_past_period
from .updates import moved_to_here as moved_to_here
from .updates import named_moved_from as named_moved_from
from .updates import now_moved_on as now_moved_on
from .updates import on_record as on_record
from .updates import other_moment as other_moment
from .updates import own_figure_corrected as own_figure_corrected
from .updates import part_holds_on as part_holds_on
from .updates import part_moved_on as part_moved_on
from .updates import part_still_held as part_still_held
from .updates import place_moved_on as place_moved_on
from .updates import recalled_reading as recalled_reading
from .updates import risen_above as risen_above
from .updates import rival_wording as rival_wording
from .updates import same_body_now as same_body_now
from .updates import small_against_large as small_against_large
from .updates import span_left_behind as span_left_behind
from .updates import span_named_later as span_named_later
from .updates import step_moved_on as step_moved_on
from .updates import time_aside as time_aside
from .words import _CHANGED as _CHANGED
from .words import _in_sentence as _in_sentence
from .words import _moved_words as _moved_words
from .words import own_clause as own_clause
