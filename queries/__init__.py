"""Saved SPARQL queries, installed with graphkit."""
