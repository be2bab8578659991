"""Ontology and SHACL shapes (Turtle), installed with graphkit."""
