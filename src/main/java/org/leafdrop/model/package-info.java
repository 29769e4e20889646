/**
 * Immutable records of a Leafdrop plan (PLAN-FORMAT.md): targets, exclusions, leaflet types,
 * weather inputs, sorties with their release methods, simulation settings, plus the reference
 * catalogs (leaflet types, leaflet stores) shipped as resources. SI units, named in the fields.
 * Records check their invariants on construction; readers in {@code io} check the user's file
 * first and report every problem with its location, so these checks are a backstop.
 * Nothing here reads files other than the bundled catalogs, and nothing imports JavaFX.
 */
package org.leafdrop.model;
