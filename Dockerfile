# syntax=docker/dockerfile:1
#
# claimwatch image: one image for every role (Faust worker, ingestion, replay,
# topic creation, alert tail). The role is the command:
#   docker run claimwatch:local claimwatch worker
# Configuration is only through CLAIMWATCH_* variables (see deploy/env.example).
#
# The base image is pinned by tag. For fully reproducible builds pin it by
# digest as well (python:3.11.13-slim-bookworm@sha256:...), see docs/operations.md.
ARG PYTHON_IMAGE=python:3.11.13-slim-bookworm

# ---------------------------------------------------------------------------
# Build stage: compilers and pip live here only.
# ---------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# Every dependency ships manylinux wheels for CPython 3.11 on x86_64/aarch64;
# the compiler is only a fallback for a platform without one. Not pinned: it
# never reaches the runtime image, and Debian removes superseded versions.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# Packaging metadata first; the source packages after, so a code change does
# not invalidate the layer cache of the base image and compiler.
COPY pyproject.toml README.md ./
COPY claimwatch/ claimwatch/
COPY claimlogic/ claimlogic/
COPY topics/ topics/
COPY workers/ workers/
# A regular (non-editable) install: the runtime stage needs /opt/venv only.
# Dependencies are pinned in pyproject.toml; the build backend comes from its
# [build-system] table (build isolation).
RUN pip install . \
 && claimwatch --help >/dev/null

# ---------------------------------------------------------------------------
# Runtime stage: slim, no compiler, non-root.
# ---------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="claimwatch" \
      org.opencontainers.image.description="Streaming media monitoring that tracks figures in the news" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    # Listen on every interface of the container; Compose publishes nothing
    # from the workers, Prometheus reaches them on the internal network.
    CLAIMWATCH_WEB_HOST=0.0.0.0 \
    CLAIMWATCH_WEB_PORT=6066 \
    CLAIMWATCH_INGEST_CONFIG=/app/deploy/sources.example.toml \
    CLAIMWATCH_INGEST_STATE_DIR=/var/lib/claimwatch/ingest

# A fixed uid/gid so volume ownership is predictable across rebuilds.
RUN groupadd --system --gid 10001 claimwatch \
 && useradd --system --uid 10001 --gid claimwatch --home-dir /var/lib/claimwatch \
            --shell /usr/sbin/nologin claimwatch \
 && install -d -o claimwatch -g claimwatch -m 0750 /var/lib/claimwatch /var/lib/claimwatch/ingest

COPY --from=build /opt/venv /opt/venv
# Read-only assets: the test stream (replay profile) and example configs.
COPY seeds/ /app/seeds/
COPY deploy/ /app/deploy/

# Faust keeps its data directory under the working directory and ingestion its
# SQLite state in /var/lib/claimwatch/ingest (created here so that a named
# volume mounted there inherits the claimwatch owner).
WORKDIR /var/lib/claimwatch
# Numeric, so that Kubernetes' runAsNonRoot can verify it.
USER 10001:10001

EXPOSE 6066
# Faust commits offsets and flushes tables on SIGTERM; give it time
# (Compose sets stop_grace_period: 60s).
STOPSIGNAL SIGTERM

# Exit 0 when the worker's web endpoint answers. One-shot roles (topics
# create, replay) disable it in docker-compose.yml.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
    CMD ["claimwatch", "healthcheck"]

CMD ["claimwatch", "worker"]
