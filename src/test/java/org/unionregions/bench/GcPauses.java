package org.unionregions.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses, which stop the FX thread with every other: the longest one in a step tells
 * a long pulse that was the collector's from one that was ours.
 */
final class GcPauses {

    private static volatile long stepLongest;
    private static volatile String stepLongestName = "";

    private GcPauses() {
    }

    static void install() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long millis = info.getGcInfo().getDuration();
                    if (millis > stepLongest) {
                        stepLongest = millis;
                        stepLongestName = info.getGcAction().replace("end of ", "");
                    }
                }
            }, null, null);
        }
    }

    static void beginStep() {
        stepLongest = 0;
        stepLongestName = "";
    }

    static String stepSummary() {
        return stepLongest == 0 ? "no collector pause" : String.format("longest collector pause %d ms (%s)",
                stepLongest, stepLongestName);
    }
}
