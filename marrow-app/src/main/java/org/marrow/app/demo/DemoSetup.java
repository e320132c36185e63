package org.marrow.app.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Passwords;
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.Subjects;
import org.marrow.app.transfer.DatasetTransfer;
import org.marrow.dataset.DatasetFile;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.springframework.stereotype.Service;

/**
 * Prepares a database for a demonstration, idempotently: one study per bundled reference protocol,
 * each with its synthetic example data set {@code examples/<protocol id>} (loaded once: only while
 * that study has no subject), and a demo user who is an investigator and a monitor at every site. The demo user gets a one-time password that must be changed at the first login; while
 * it has not been changed, each start issues a new one (the old one is not kept in clear anywhere).
 */
@Service
public class DemoSetup {
    /** The demo user's login name. */
    public static final String USERNAME = "demo";

    /** The study the demonstration data set is loaded into. */
    public static final String DATASET_STUDY = "ctx-ist";

    /** The studies with an example data set bundled in the jar (examples/&lt;id&gt;), in loading order. */
    public static final List<String> EXAMPLE_STUDIES =
            List.of(DATASET_STUDY, "hpag-ist", "hpag-csa-nsaa", "romiplostim-csa", "sirolimus-csa");

    private static final String DATASETS = "/org/marrow/app/demo/";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Caller SETUP = new Caller(0, "demo-setup", Set.of(Role.ADMIN));

    private final Studies studies;
    private final Subjects subjects;
    private final DatasetTransfer transfer;
    private final Users users;
    private final Passwords passwords;

    DemoSetup(Studies studies, Subjects subjects, DatasetTransfer transfer, Users users, Passwords passwords) {
        this.studies = studies;
        this.subjects = subjects;
        this.transfer = transfer;
        this.users = users;
        this.passwords = passwords;
    }

    /**
     * What the set-up did.
     *
     * @param studies the demonstration studies
     * @param studiesCreated how many studies were created now
     * @param subjectsImported subjects imported now, in all studies (0 when the data sets were already
     *     loaded)
     * @param recordsImported source records imported now
     * @param username the demo user's name
     * @param oneTimePassword the one-time password issued now, or empty if the user has chosen their own
     */
    public record Outcome(
            List<Study> studies,
            int studiesCreated,
            int subjectsImported,
            int recordsImported,
            String username,
            Optional<String> oneTimePassword) {}

    /**
     * Creates what is missing, with every bundled example data set in its study.
     *
     * @return what was done
     */
    public Outcome prepare() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String study : EXAMPLE_STUDIES) {
            all.put(study, bundledDataset(study));
        }
        return prepare(all);
    }

    /**
     * Creates what is missing, with another data set for the ctx-ist study only (tests load a smaller
     * one).
     *
     * @param datasetZip the data set folder, zipped
     * @return what was done
     */
    public Outcome prepare(byte[] datasetZip) {
        return prepare(Map.of(DATASET_STUDY, datasetZip));
    }

    /**
     * Creates what is missing, with the given data sets, each loaded into the study of its protocol id
     * while that study has no subject.
     *
     * @param datasetZips the data set folders, zipped, by study code
     * @return what was done
     * @throws java.util.NoSuchElementException if a study code is not a bundled protocol's id
     */
    public Outcome prepare(Map<String, byte[]> datasetZips) {
        ProtocolRegistry registry = ProtocolRegistry.bundled();
        List<Study> demo = new ArrayList<>();
        int created = 0;
        for (ProtocolRegistry.Entry entry : registry.entries()) {
            Optional<Study> existing = studies.studies().stream()
                    .filter(s -> s.code().equals(entry.id()))
                    .findFirst();
            if (existing.isPresent()) {
                demo.add(existing.get());
                continue;
            }
            Protocol p = registry.load(entry.id(), entry.version());
            demo.add(studies.create(
                    entry.id(),
                    p.identity().title(),
                    entry.id(),
                    entry.version(),
                    p.response().criteria().code()));
            created++;
        }
        int importedSubjects = 0;
        int importedRecords = 0;
        for (Map.Entry<String, byte[]> dataset : datasetZips.entrySet()) {
            Study target = demo.stream()
                    .filter(s -> s.code().equals(dataset.getKey()))
                    .findFirst()
                    .orElseThrow();
            if (subjects.list(target.id(), SETUP).isEmpty()) {
                DatasetTransfer.ImportResult result = transfer.importZip(target.id(), dataset.getValue(), SETUP);
                importedSubjects += result.subjects();
                importedRecords += result.records();
            }
        }
        Optional<String> password = demoUser();
        return new Outcome(List.copyOf(demo), created, importedSubjects, importedRecords, USERNAME, password);
    }

    private Optional<String> demoUser() {
        List<Long> sites = studies.sites().stream().map(Site::id).toList();
        Optional<Users.Account> existing =
                users.list().stream().filter(a -> a.username().equals(USERNAME)).findFirst();
        if (existing.isPresent()) {
            long id = existing.get().id();
            for (long site : sites) {
                if (!existing.get().siteIds().contains(site)) {
                    users.addSite(id, site, "demo user sees every demonstration site");
                }
            }
            if (!passwords.mustChange(id)) {
                return Optional.empty();
            }
            String fresh = randomPassword();
            passwords.setOneTime(id, fresh, "demo restarted: new one-time password");
            return Optional.of(fresh);
        }
        String oneTime = randomPassword();
        Users.Account account = users.create(
                USERNAME, "Demo investigator and monitor", oneTime, Set.of(Role.INVESTIGATOR, Role.MONITOR), sites);
        passwords.setOneTime(account.id(), oneTime, "demo user: one-time password");
        return Optional.of(oneTime);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The demonstration data set {@code examples/ctx-ist}, bundled in the jar by the build, as the zip
     * an import takes.
     *
     * @return the zip file's bytes
     * @throws UncheckedIOException if the bundled files cannot be read
     */
    public static byte[] bundledDataset() {
        return bundledDataset(DATASET_STUDY);
    }

    /**
     * The example data set {@code examples/<study>}, bundled in the jar by the build, as the zip an
     * import takes.
     *
     * @param study one of {@link #EXAMPLE_STUDIES}
     * @return the zip file's bytes
     * @throws IllegalArgumentException if the study has no bundled data set
     * @throws UncheckedIOException if the bundled files cannot be read
     */
    public static byte[] bundledDataset(String study) {
        if (!EXAMPLE_STUDIES.contains(study)) {
            throw new IllegalArgumentException("No example data set is bundled for study " + study);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (DatasetFile file : DatasetFile.values()) {
                try (InputStream in = DemoSetup.class.getResourceAsStream(DATASETS + study + "/" + file.fileName())) {
                    if (in == null) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(file.fileName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled demonstration data set: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
