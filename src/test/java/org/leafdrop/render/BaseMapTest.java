package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafdrop.render.BaseMap.Feature;
import org.leafdrop.render.BaseMap.Kind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

class BaseMapTest {
    private static final BaseMap MAP = BaseMap.bundled();
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void bundledMapHasNaturalEarthBordersAndSeasThatAreNotApproximate() {
        assertThat(MAP.features(Kind.BORDER)).isNotEmpty().allMatch(f -> !f.approximate());
        assertThat(MAP.features(Kind.WATER)).isNotEmpty().allMatch(f -> !f.approximate());
        // the Iraq-Syria-Turkey tripoint (Natural Earth 1:50m: 42.36 E, 37.11 N) lies on a border line
        Geometry borders = MAP.features(Kind.BORDER).get(0).geometry();
        assertThat(borders.distance(GF.createPoint(new Coordinate(42.359, 37.109)))).isLessThan(0.01);
        // the Gulf is sea, Baghdad is not
        Geometry seas = MAP.features(Kind.WATER).get(0).geometry();
        assertThat(seas.contains(GF.createPoint(new Coordinate(50.5, 27.5)))).isTrue();
        assertThat(seas.contains(GF.createPoint(new Coordinate(44.37, 33.31)))).isFalse();
    }

    @Test
    void everyHandDigitisedFeatureSaysItIsApproximate() {
        List<Feature> hand = MAP.features().stream()
                .filter(f -> f.kind() != Kind.BORDER && f.kind() != Kind.WATER).toList();
        assertThat(hand).hasSizeGreaterThan(40);
        assertThat(hand).allSatisfy(f -> assertThat(f.approximate()).as(f.id()).isTrue());
        assertThat(hand).filteredOn(f -> f.kind() != Kind.COUNTRY_LABEL)
                .allSatisfy(f -> assertThat(f.uncertaintyM()).as(f.id()).isPositive());
        assertThat(MAP.attribution())
                .isEqualTo("Borders: Natural Earth (public domain). Mosul features hand-digitised, approximate.");
    }

    @Test
    void theMosulFeaturesAndNearbyTownsAreThere() {
        for (String id : List.of("mosul-outline", "old-city", "west-mosul", "east-mosul", "mosul-university",
                "mosul-airport", "tigris-mosul")) {
            assertThat(MAP.feature(id)).as(id).isPresent();
        }
        List<String> towns = MAP.features(Kind.TOWN).stream().map(Feature::name).toList();
        assertThat(towns).contains("Mosul", "Erbil", "Tal Afar", "Qayyarah", "Bartella", "Hammam al-Alil", "Kirkuk",
                "Dohuk", "Baghdad");
        // Erbil is about 80 km east of Mosul
        Point mosul = (Point) MAP.feature("mosul").orElseThrow().geometry();
        Point erbil = (Point) MAP.feature("erbil").orElseThrow().geometry();
        assertThat(erbil.getX() - mosul.getX()).isBetween(0.8, 1.0);
    }

    @Test
    void theTigrisRunsThroughMosulWithEnoughPointsToLookLikeARiver() {
        LineString tigris = (LineString) MAP.feature("tigris-mosul").orElseThrow().geometry();
        long inCity = java.util.Arrays.stream(tigris.getCoordinates()).filter(c -> c.y >= 36.20 && c.y <= 36.45).count();
        assertThat(inCity).isBetween(30L, 60L);
        assertThat(tigris.getEnvelopeInternal().getMinY()).isLessThan(36.20);
        assertThat(tigris.getEnvelopeInternal().getMaxY()).isGreaterThan(36.45);
        // within 200 m of the shared sample data's centreline (shared/data/mosul-approx.geojson,
        // "tigris-centreline"), so base map and sample exclusion zones agree; 0.0018 deg is about 160 m here
        double[][] shared = {{43.075, 36.42}, {43.1, 36.39}, {43.118, 36.37}, {43.132, 36.352}, {43.14, 36.34},
            {43.148, 36.328}, {43.16, 36.312}, {43.172, 36.295}, {43.185, 36.275}};
        for (double[] p : shared) {
            assertThat(tigris.distance(GF.createPoint(new Coordinate(p[0], p[1])))).as("%s", p[0]).isLessThan(0.0018);
        }
    }

    @Test
    void fiveNamedBridgesEachCrossTheTigris() {
        Geometry tigris = MAP.feature("tigris-mosul").orElseThrow().geometry();
        List<Feature> bridges = MAP.features(Kind.BRIDGE);
        assertThat(bridges).extracting(Feature::name).containsExactly("Fourth Bridge", "al-Jamhuriya Bridge",
                "al-Hurriya Bridge", "Old Bridge", "Fifth Bridge");
        assertThat(bridges).allSatisfy(b -> {
            assertThat(b.geometry().crosses(tigris)).as(b.id()).isTrue();
            assertThat(b.geometry().getLength()).as(b.id()).isLessThan(0.01);
        });
        // listed north to south
        assertThat(bridges).extracting(b -> b.geometry().getCentroid().getY()).isSortedAccordingTo((a, c) -> c.compareTo(a));
    }

    @Test
    void theOldCityIsOnTheWestBank() {
        Geometry old = MAP.feature("old-city").orElseThrow().geometry();
        Geometry west = MAP.feature("west-mosul").orElseThrow().geometry();
        assertThat(west.contains(old.getInteriorPoint())).isTrue();
        assertThat(MAP.feature("east-mosul").orElseThrow().geometry().contains(old.getInteriorPoint())).isFalse();
    }

    @Test
    void aMalformedFeatureIsReportedWithItsSourceIndexAndField() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String badKind = "{\"features\":[{\"properties\":{\"id\":\"a\",\"kind\":\"volcano\",\"name\":\"A\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[43,36]}}]}";
        assertThatThrownBy(() -> BaseMap.parse("test.geojson", m.readTree(badKind)))
                .hasMessageContaining("test.geojson $.features[0].properties.kind").hasMessageContaining("volcano");
        String noName = "{\"features\":[{\"properties\":{\"id\":\"a\",\"kind\":\"town\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[43,36]}}]}";
        assertThatThrownBy(() -> BaseMap.parse("test.geojson", m.readTree(noName)))
                .hasMessageContaining("$.features[0].properties.name");
        String badPosition = "{\"features\":[{\"properties\":{\"id\":\"a\",\"kind\":\"town\",\"name\":\"A\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[430,36]}}]}";
        assertThatThrownBy(() -> BaseMap.parse("test.geojson", m.readTree(badPosition)))
                .hasMessageContaining("$.features[0].geometry.coordinates").hasMessageContaining("outside");
        assertThatThrownBy(() -> BaseMap.load("/org/leafdrop/basemap/nothing-here.geojson"))
                .hasMessageContaining("nothing-here.geojson is missing");
    }
}
