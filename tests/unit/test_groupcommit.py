"""GroupCommit: records handed over one by one are made durable in groups, acked in order."""

from __future__ import annotations

import asyncio

from workers.groupcommit import GroupCommit


async def _hand_over(linger_s: float, gap_s: float, n: int) -> tuple[list[list[int]], list[int]]:
    groups: list[list[int]] = []
    acked: list[int] = []

    async def flush(items: list[int]) -> None:
        groups.append(items)

    async def ack(event: int) -> None:
        acked.append(event)

    pending: GroupCommit[int] = GroupCommit(flush, ack, linger_s=linger_s)
    for i in range(n):
        await pending.add(i, i)
        await asyncio.sleep(gap_s)
    await pending.drain()
    return groups, acked


def test_without_linger_records_that_trickle_in_are_flushed_one_by_one() -> None:
    groups, acked = asyncio.run(_hand_over(linger_s=0.0, gap_s=0.002, n=10))
    assert len(groups) == 10
    assert acked == list(range(10))


def test_linger_gathers_records_that_trickle_in_into_fewer_groups_acked_in_order() -> None:
    groups, acked = asyncio.run(_hand_over(linger_s=0.05, gap_s=0.002, n=10))
    assert len(groups) < 5, groups
    assert [i for g in groups for i in g] == list(range(10))
    assert acked == list(range(10))
