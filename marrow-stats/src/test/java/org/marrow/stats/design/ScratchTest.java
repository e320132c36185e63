package org.marrow.stats.design;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void explore() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/org/marrow/stats/design/simon-clinfun.csv"));
        for (int nmax : new int[] {100, 150, 200, 300}) {
            int bad = 0;
            long t0 = System.nanoTime();
            for (String l : lines) {
                if (l.startsWith("#") || l.startsWith("p0")) continue;
                String[] f = l.split(",");
                SimonDesigns d = SimonTwoStage.search(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), nmax).orElse(null);
                SimonDesign x = d == null ? null : (f[4].equals("optimal") ? d.optimal() : d.minimax());
                String got = x == null ? "none" : x.r1() + "," + x.n1() + "," + x.r() + "," + x.n() + "," + String.format("%.6f,%.6f", x.en0(), x.pet0());
                String want = String.join(",", Arrays.copyOfRange(f, 5, 11));
                if (x == null || x.r1() != Integer.parseInt(f[5]) || x.n1() != Integer.parseInt(f[6]) || x.r() != Integer.parseInt(f[7]) || x.n() != Integer.parseInt(f[8])
                   || Math.abs(x.en0() - Double.parseDouble(f[9])) > 5.1e-7 || Math.abs(x.pet0() - Double.parseDouble(f[10])) > 5.1e-7) {
                    bad++;
                    if (nmax == 200 || nmax==100) System.out.println(nmax + " " + l + " -> " + got);
                }
            }
            System.out.println("nmax " + nmax + " mismatches " + bad + " time " + (System.nanoTime() - t0) / 1e6 + " ms");
        }
    }
}
