package org.councilpapers.extractors.read.tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Source;

/**
 * The one check every zip-based paper (.docx, .xlsx, .odt, .ods) passes before Tika, POI or our own part
 * readers open it: each entry is inflated in chunks and counted, never kept, and the paper is refused once
 * an entry inflates past {@code maxStreamBytes}, all entries past {@code maxDecodedBytes}, or an entry
 * past {@code maxInflateRatio} times the whole file (a zip bomb's tell; real XML parts inflate ten or twenty
 * times). So no reader after it inflates more than the budget allows.
 *
 * <p>Why ours and not POI's {@code ZipSecureFile}: its limits are static, shared by every caller in the JVM,
 * and cover only POI's own readers, not Tika's ODF parser nor ours. Entries are read as a stream, by their
 * local headers, the way Tika streams a package.
 */
final class ZipGuard {
    /** Below this an entry's ratio is not checked: tiny parts of repeated markup inflate far, harmlessly. */
    private static final long RATIO_GRACE = 1L << 20;
    private static final int CHUNK = 64 << 10;

    private ZipGuard() {}

    /** Throws {@link PaperOverBudgetException} naming the entry and the limit where the package is over budget. */
    static void check(Source zip, PaperBudget budget) throws PaperOverBudgetException {
        PaperLimits limits = budget.limits();
        long ratioCap = Math.max(RATIO_GRACE, (long) limits.maxInflateRatio() * zip.size());
        byte[] buf = new byte[CHUNK];
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(zip.open()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String what = "zip entry " + e.getName();
                long size = 0;
                for (int n; (n = in.read(buf)) > 0;) {
                    size += n;
                    budget.tick();
                    if (size > ratioCap) {
                        throw new PaperOverBudgetException(budget.source(), PaperOverBudgetException.Limit.STREAM_BYTES,
                                what + " inflates to over " + limits.maxInflateRatio() + " times the file's size "
                                        + "(a zip bomb?; maxInflateRatio)");
                    }
                    budget.inflated(what, size, n);
                }
            }
        } catch (PaperOverBudgetException e) {
            throw e;
        } catch (IOException | RuntimeException damaged) {
            // A damaged zip is the readers' to report (ZipCheck names what is wrong); what inflated before was counted.
        }
    }
}
