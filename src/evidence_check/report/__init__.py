"""Turning verdicts into output: records for scripts, tables for people."""
