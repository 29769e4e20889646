package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.leafdrop.coverage.CoverageReport;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Target;
import org.leafdrop.ui.edit.EditCommand;

/**
 * The property fields of targets and exclusions. Areas are shown in km2 in both unit systems,
 * like the densities (per km2) they are compared with.
 */
final class AreaFields {
    private AreaFields() {
    }

    static List<PanelField> target(FieldContext ctx) {
        Function<Function<Target, String>, String> show = f -> ctx.plan().target(ctx.id()).map(f).orElse("");
        return List.of(
                ValueField.readOnly("Id", ctx.editor(), () -> "", () -> show.apply(Target::id)),
                new ValueField("Name", ctx.editor(), () -> "", () -> show.apply(t -> t.name().orElse("")), () -> "",
                        typed -> targetChange(ctx, "name", t -> t.withName(Inputs.text(typed)))),
                new ValueField("Population", ctx.editor(), () -> "residents",
                        () -> show.apply(t -> t.population().isPresent()
                                ? DisplayNumbers.format(t.population().getAsLong()) : ""),
                        () -> "not given", typed -> population(ctx, typed)),
                new ValueField("Desired density", ctx.editor(), () -> "per km²",
                        () -> show.apply(t -> t.desiredDensityPerKm2().isPresent()
                                ? DisplayNumbers.format(t.desiredDensityPerKm2().getAsDouble(), 1) : ""),
                        () -> "plan threshold, " + DisplayNumbers.format(
                                ctx.plan().simulation().densityThresholdPerKm2(), 1),
                        typed -> density(ctx, typed)),
                ValueField.readOnly("Area", ctx.editor(), () -> "km²", () -> show.apply(t -> areaKm2(t.geometry()))));
    }

    static List<PanelField> exclusion(FieldContext ctx) {
        Function<Function<Exclusion, String>, String> show = f -> findExclusion(ctx).map(f).orElse("");
        return List.of(
                ValueField.readOnly("Id", ctx.editor(), () -> "", () -> show.apply(Exclusion::id)),
                new ValueField("Name", ctx.editor(), () -> "", () -> show.apply(x -> x.name().orElse("")), () -> "",
                        typed -> {
                            String id = ctx.id();
                            Optional<String> name = Inputs.text(typed);
                            return new EditCommand("Change name of " + id, p -> PlanChanges.replaceExclusion(p, id,
                                    x -> PlanChanges.renamed(x, name)));
                        }),
                ValueField.readOnly("Area", ctx.editor(), () -> "km²", () -> show.apply(x -> areaKm2(x.geometry()))));
    }

    private static Optional<Exclusion> findExclusion(FieldContext ctx) {
        return ctx.plan().exclusions().stream().filter(x -> x.id().equals(ctx.id())).findFirst();
    }

    private static EditCommand population(FieldContext ctx, String typed) throws InvalidInputException {
        if (typed.isBlank()) {
            return targetChange(ctx, "population", t -> t.withPopulation(OptionalLong.empty()));
        }
        long n = Inputs.whole(typed);
        Inputs.requireAtLeast(n, 0, "0");
        return targetChange(ctx, "population", t -> t.withPopulation(OptionalLong.of(n)));
    }

    private static EditCommand density(FieldContext ctx, String typed) throws InvalidInputException {
        if (typed.isBlank()) {
            return targetChange(ctx, "desired density", t -> t.withDesiredDensityPerKm2(OptionalDouble.empty()));
        }
        double d = Inputs.number(typed);
        Inputs.requireAtLeast(d, 0, "0 per km²");
        return targetChange(ctx, "desired density", t -> t.withDesiredDensityPerKm2(OptionalDouble.of(d)));
    }

    private static EditCommand targetChange(FieldContext ctx, String what, UnaryOperator<Target> f) {
        String id = ctx.id();
        return new EditCommand("Change " + what + " of " + id, p -> PlanChanges.replaceTarget(p, id, f));
    }

    private static String areaKm2(AreaGeometry g) {
        return DisplayNumbers.format(CoverageReport.areaM2(g) / 1e6, 2);
    }
}
