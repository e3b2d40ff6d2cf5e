"""The brain: dedup, story grouping and the figure ledger over the analyzed stream.

Two pure entry points for the stream agents:

* :func:`analyze` (stage A, stateless, parallel): claims, MinHash signature and
  story features of one article -> a JSON-serialisable "analyzed" record.
* :func:`observe` (brain agent, one ordered partition): folds one analyzed
  record into the state tables and returns the alerts to emit.

State lives in the tables named by :data:`topics.catalog.TABLES` (Faust tables
in production, plain dicts in tests).  Every value is JSON-serialisable and
every change is written back with ``table[key] = value``; the hot path only
does key lookups (O(terms + bands) per article), never a table scan.

Tables (keys -> values):

* ``articles-seen``: article id -> [content hash, processing time, original id
  (copies only), story id, copies counted, MinHash signature, entity
  fingerprint]; and ``"h:" + content_hash`` -> article id (exact copies under
  another id).
* ``dedup-bands``: LSH band key as an int (:func:`claimlogic.dedup.band_ints`) -> the
  expiry sequence number of the ``"o"`` entry of the article first indexed in that
  bucket (the entry names the article), or a tuple of those of the articles still
  indexed there in the order they were indexed (the first one is the candidate).
  Derived: never persisted, rebuilt from ``articles-seen`` and ``expiry`` by
  :func:`rebuild_indexes`.
* ``stories``: story id -> {id, title, t0, t1 (event times), seen (processing
  time), n, dups, outlets, profile (term weights), metrics}.
* ``story-terms``: term -> [df, story id, ...] (most recent story first).
* ``ledger``: ``story id + "|" + metric key`` -> {label, new, figs: [figure as JSON string]}.
* ``alerts-emitted``: alert id -> processing time it was emitted.
* ``expiry``: zero-padded sequence number -> [time, kind, ids...], what to
  delete once older than the horizon; ``"meta"`` holds the counters and the
  queue's cursor.  Kind ``"o"`` marks an original whose bands were indexed then:
  its order is the band index's order.

The package (split mechanically from the old ``claimlogic/brain.py``; every body unchanged),
its modules from the lowest layer up -- a module imports only from the ones above it:

* ``state.py`` (35 definitions): the state and its plumbing: table names (T_SEEN ...,
  BRAIN_TABLES), BrainConfig, Observation, new_tables, time helpers (parse_time, iso),
  the meta record and the expiry queue, articles-seen records, the LSH band index,
  story-term posting lists, and _Scene, the article being folded as the story rules read
  it.
* ``aliases.py`` (47 definitions): story key joins: the story's own key for a figure filed
  under another name (_story_alias: toll, role, nationality, head noun, core noun, ill
  count, area; _story_kin, _story_running, named and compared sums, _story_verb,
  _story_head_near, in hospital, expected figures) and the key-noun helpers they share
  (_head, _singular, _subject_core, _prop_dims).
* ``joins.py`` (17 definitions): story joins: which story an article joins (_assign_story,
  _best_story: score, brief, recent, one-name, anchor and headline joins; _outlet_join;
  _figure_join and _continues_figures).
* ``rivals.py`` (110 definitions): in-article rival finders: do two keys name one quantity
  (_rival_nouns, _narrower, _one_gap, bare sums), the verbs and words around a figure,
  compares and the compared rivals, two named bodies' readings side by side (people,
  bare, same-key, clause and money rivals), own voice, tallies and led figures.
* ``quarrels.py`` (12 definitions): rival finders for a report that turns against the
  figure just given: _quarrel_key (its sources disagree), judged sums, contrary_leads
  and _elliptic_rival, _sum_reading, _turn_answers.
* ``intake.py`` (11 definitions): analyze (stage A: claims, MinHash signature and story
  features of one article) and the copies observe sets aside first: entity and value
  fingerprints, exact and near duplicates (_dedup), indexing an original.
* ``observing.py`` (21 definitions): observe (fold one analyzed article into the state and
  say what to alert) and its first-figure tests: moved-from keys, stated ratios,
  restatements (_restated), unresolved moves, parts of a toll, money roles.
* ``upkeep.py`` (7 definitions): expire (drop state older than the horizon),
  rebuild_indexes (the derived tables of a state read back), stats (the gauges) and the
  ledger views (ledger_view, render_ledger).

The names below are re-exported so that ``from claimlogic import brain; brain.NAME``
keeps working for every name used outside the package. To patch a rule in a test,
patch the module whose code calls it (``brain.observing``, ...).
"""

from __future__ import annotations

from .aliases import _extra_words as _extra_words
from .aliases import _names_a_subset as _names_a_subset
from .aliases import _singular as _singular
from .aliases import _story_area as _story_area
from .aliases import _story_core as _story_core
from .aliases import _story_head as _story_head
from .aliases import _story_ill as _story_ill
from .aliases import _story_nationality as _story_nationality
from .aliases import _story_role as _story_role
from .aliases import _story_toll as _story_toll
from .aliases import _story_verb as _story_verb
from .intake import analyze as analyze
from .intake import entities_compatible as entities_compatible
from .joins import _LONG_JOIN_ENTITIES as _LONG_JOIN_ENTITIES
from .joins import _best_story as _best_story
from .joins import _continues_figures as _continues_figures
from .joins import _figure_join as _figure_join
from .joins import _long_gap_need as _long_gap_need
from .joins import _outlet_places as _outlet_places
from .joins import _story_follow_up_noun as _story_follow_up_noun
from .observing import _measured as _measured
from .observing import _money_roles as _money_roles
from .observing import _unresolved_move as _unresolved_move
from .observing import observe as observe
from .quarrels import contrary_leads as contrary_leads
from .rivals import _HAS_BEFORE as _HAS_BEFORE
from .rivals import _OWN_AFTER as _OWN_AFTER
from .rivals import _PERSON_HEADS as _PERSON_HEADS
from .rivals import _PLAIN_PEOPLE as _PLAIN_PEOPLE
from .rivals import _PUT_AT as _PUT_AT
from .rivals import _STILL as _STILL
from .rivals import _bare_sum as _bare_sum
from .rivals import _counted_reading as _counted_reading
from .rivals import _hurt_figure as _hurt_figure
from .rivals import _judged_sum as _judged_sum
from .rivals import _led as _led
from .rivals import _moved_or_held as _moved_or_held
from .rivals import _narrower as _narrower
from .rivals import _one_gap as _one_gap
from .rivals import _own_voice as _own_voice
from .rivals import _part_of as _part_of
from .rivals import _reading_of as _reading_of
from .rivals import _rival_nouns as _rival_nouns
from .rivals import _said_noun as _said_noun
from .rivals import _says_people as _says_people
from .rivals import _subset_of as _subset_of
from .rivals import _sum_object as _sum_object
from .rivals import _tally as _tally
from .rivals import _two_acts as _two_acts
from .rivals import _wider_after as _wider_after
from .state import BRAIN_TABLES as BRAIN_TABLES
from .state import DERIVED_TABLES as DERIVED_TABLES
from .state import T_BANDS as T_BANDS
from .state import T_EXPIRY as T_EXPIRY
from .state import T_LEDGER as T_LEDGER
from .state import T_SEEN as T_SEEN
from .state import T_STORIES as T_STORIES
from .state import BrainConfig as BrainConfig
from .state import Observation as Observation
from .state import _band_add as _band_add
from .state import _band_candidates as _band_candidates
from .state import _band_remove as _band_remove
from .state import _put_rec as _put_rec
from .state import _qkey as _qkey
from .state import _Scene as _Scene
from .state import new_tables as new_tables
from .upkeep import expire as expire
from .upkeep import ledger_view as ledger_view
from .upkeep import rebuild_indexes as rebuild_indexes
from .upkeep import render_ledger as render_ledger
from .upkeep import stats as stats
