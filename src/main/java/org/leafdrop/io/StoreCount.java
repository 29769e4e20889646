package org.leafdrop.io;

import java.util.Locale;
import java.util.OptionalLong;
import org.leafdrop.model.Device;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Limits;
import org.leafdrop.model.ReleaseMethod;

/**
 * Checks how many stores (bombs or boxes) a sortie needs: ceil(leaflets / capacity), each flown
 * ballistically, so a count off by powers of ten is reported instead of running for hours.
 */
final class StoreCount {
    private final ProblemLog log;
    private final DeviceCatalog devices;

    StoreCount(ProblemLog log, DeviceCatalog devices) {
        this.log = log;
        this.devices = devices;
    }

    void check(Fields f, ReleaseMethod method, long leaflets) {
        long capacity;
        String what;
        String field;
        if (method instanceof ReleaseMethod.LeafletBomb bomb) {
            OptionalLong c = devices.find(bomb.device().orElse(DeviceCatalog.DEFAULT_BOMB))
                    .map(d -> OptionalLong.of(d.capacityLeaflets())).orElse(OptionalLong.empty());
            if (c.isEmpty()) {
                return; // an unknown device is reported where it is named
            }
            capacity = c.getAsLong();
            what = "bombs";
            field = f.has("leafletCount") ? "leafletCount" : "payloadLb";
        } else if (method instanceof ReleaseMethod.StaticLineBox box) {
            capacity = box.leafletsPerBox().orElse(devices.find(DeviceCatalog.BOX).map(Device::capacityLeaflets)
                    .orElse(1L));
            what = "boxes";
            field = f.has("leafletsPerBox") ? "leafletsPerBox" : f.has("leafletCount") ? "leafletCount" : "payloadLb";
        } else {
            return;
        }
        long stores = (leaflets + capacity - 1) / capacity;
        if (stores > Limits.MAX_STORES_PER_SORTIE) {
            log.error(f.pathOf(field), f.present(field).orElse(f.node()), String.format(Locale.ROOT,
                    "%,d leaflets at %,d per store make %,d %s in one sortie, more than the %,d the model flies: "
                            + "check the count, or split the sortie", leaflets, capacity, stores, what,
                    Limits.MAX_STORES_PER_SORTIE));
        }
    }
}
