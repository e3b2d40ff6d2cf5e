from claimwatch.cli import main

# Guarded: the worker's analyze processes are spawned, and spawn imports the
# parent's main module (as __mp_main__) in each child.
if __name__ == "__main__":
    raise SystemExit(main())
