package org.unionregions.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;

/** The command line: an optional command ("check") and options shared by the window and the commands. */
public record Options(String command, Path database, Path dataDirectory, boolean exitAfterStart,
                      List<String> arguments, boolean dryRun, String format, Path out, String language,
                      String theme, String table, boolean visitEveryScreen, String region, String deck,
                      ServerAddress server, String from, String to, boolean replace, boolean separateDocuments,
                      Integer expiringMonths, java.time.LocalDate on) {

    public static final String USAGE = """
            Usage: union-regions [command] [options]

            Without a command the dashboard window opens.

            Commands:
              init                     create a new database with the bundled data (--db PATH)
              setup --db postgresql://ADMIN@HOST/DB
                                       make a team database on a PostgreSQL server: the roles
                                       union_regions_viewer, _editor and _owner, the schema and
                                       the bundled data (run once, as a database administrator)
              migrate --db postgresql://OWNER@HOST/DB
                                       bring a team database's schema up to this version (owner)
              copy --from DB --to DB [--replace]
                                       copy a whole registry, its history with it, between a file
                                       and a team database (either way), all or nothing; a target
                                       holding anyone's changes needs --replace
              check                    check the database: schema version, integrity, row counts
              import FILE [--table TABLE] [--dry-run] [--separate-documents]
                                       import from CSV or XLSX, all rows or none: agreements
                                       (region_fact, the default), edition_figure, trade_figure,
                                       edition, region or source
              export TABLE --format csv|xlsx --out FILE
                                       export a table: edition, edition_figure, region_fact,
                                       trade_figure, region, source
              render --out DIR --format png|pdf|pptx [--lang ru|be|en] [--theme projector|dark]
                     [--deck NAME]     the presentation slides, drawn without a window: the
                                       standard slides, or a deck composed in the window
              brief --region CODE --out FILE.pdf|FILE.docx [--format pdf|docx] [--lang ru|be|en]
                                       a region's partners, documents, terms and sources, with
                                       its map: a PDF, or a Word document to edit (the format
                                       follows --format, else the file's extension)
              agreements --region CODE [--expiring 12m] [--on YYYY-MM-DD] --format csv|pdf
                         [--out FILE] [--lang ru|be|en]
                                       a Belarusian region's documents with a term or a flag on
                                       a day (today unless --on); --expiring: only those in force
                                       whose term ends within the months. CSV to the standard
                                       output unless --out names a file; a PDF needs --out
              cds-archive [--out FILE] for packagers: write the start-up class archive
                                       beside the application jar (or to FILE)

            Options:
              --db PATH        use this database file instead of the default one; only the
                               window and init create it when it is missing
              --db postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&sslrootcert=CA.pem]
                               use a team database; TLS is verified unless sslmode says
                               otherwise. Never put a password in it: it comes from
                               ~/.pgpass or PGPASSWORD
              --help           show this text
            """;

    /** Thrown for a command line that cannot be understood; the message says what was wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static Options parse(List<String> args) throws UsageException {
        String command = null;
        Path database = null;
        boolean exitAfterStart = false;
        boolean dryRun = false;
        String format = null;
        Path out = null;
        String language = null;
        String theme = "projector";
        String table = null;
        String region = null;
        String deck = null;
        ServerAddress server = null;
        String from = null;
        String to = null;
        boolean replace = false;
        boolean separateDocuments = false;
        boolean visitEveryScreen = false;
        Integer expiringMonths = null;
        java.time.LocalDate on = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--db needs a file path");
                    }
                    String given = args.get(++i);
                    if (ServerAddress.isServerAddress(given)) {
                        server = serverAddress(given);
                    } else {
                        database = Path.of(given);
                    }
                }
                case "--from", "--to" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(arg + " needs a database file or a postgresql:// address");
                    }
                    String given = args.get(++i);
                    if (ServerAddress.isServerAddress(given)) {
                        serverAddress(given); // refused here, before anything is opened, if it holds a password
                    }
                    if ("--from".equals(arg)) {
                        from = given;
                    } else {
                        to = given;
                    }
                }
                case "--replace" -> replace = true;
                case "--help", "-h" -> command = "help";
                case "--dry-run" -> dryRun = true;
                case "--separate-documents" -> separateDocuments = true;
                case "--format" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--format needs csv or xlsx");
                    }
                    format = args.get(++i).toLowerCase(java.util.Locale.ROOT);
                    if (!List.of("csv", "xlsx", "png", "pdf", "pptx", "docx").contains(format)) {
                        throw new UsageException("--format takes csv, xlsx, png, pdf, pptx or docx, not " + format);
                    }
                }
                case "--lang" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--lang needs ru, be or en");
                    }
                    language = args.get(++i);
                    if (!List.of("ru", "be", "en").contains(language)) {
                        throw new UsageException("--lang takes ru, be or en, not " + language);
                    }
                }
                case "--theme" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--theme needs projector or dark");
                    }
                    theme = args.get(++i);
                    if (!List.of("projector", "light", "dark").contains(theme)) {
                        throw new UsageException("--theme takes projector or dark, not " + theme);
                    }
                }
                case "--out" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--out needs a file path");
                    }
                    out = Path.of(args.get(++i));
                }
                case "--table" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--table needs a table name");
                    }
                    table = args.get(++i);
                    if (org.unionregions.model.Tables.named(table).isEmpty()) {
                        throw new UsageException("--table takes " + String.join(", ",
                                org.unionregions.model.Tables.names()) + ", not " + table);
                    }
                }
                case "--region" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--region needs a region's ISO code, e.g. BY-VI");
                    }
                    region = args.get(++i);
                }
                case "--deck" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--deck needs the name of a deck composed in the window");
                    }
                    deck = args.get(++i);
                }
                case "--expiring" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--expiring needs a number of months, e.g. 12m (or 1y)");
                    }
                    expiringMonths = months(args.get(++i));
                }
                case "--on" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--on needs a day, e.g. 2027-06-25");
                    }
                    String day = args.get(++i);
                    try {
                        on = java.time.LocalDate.parse(day);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new UsageException("--on takes a day as YYYY-MM-DD (2027-06-25), not " + day);
                    }
                }
                case "--exit-after-start" -> exitAfterStart = true; // start-up measurement
                case "--visit-every-screen" -> visitEveryScreen = true; // the class archive's training run
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (command == null) {
                        command = arg;
                    } else {
                        rest.add(arg);
                    }
                }
            }
        }
        if (command != null && !List.of("init", "check", "help", "import", "export", "render", "brief", "cds-archive",
                "setup", "migrate", "copy", "agreements").contains(command)) {
            throw new UsageException("unknown command " + command);
        }
        if (("import".equals(command) || "export".equals(command)) && rest.size() != 1) {
            throw new UsageException(command + " needs exactly one " + ("import".equals(command) ? "FILE" : "TABLE"));
        }
        if ("export".equals(command) && (format == null || out == null || !List.of("csv", "xlsx").contains(format))) {
            throw new UsageException("export needs --format csv|xlsx and --out FILE");
        }
        if ("render".equals(command) && (out == null || !List.of("png", "pdf", "pptx").contains(String.valueOf(format)))) {
            throw new UsageException("render needs --format png|pdf|pptx and --out DIR");
        }
        if ("brief".equals(command) && (region == null || out == null)) {
            throw new UsageException("brief needs --region CODE and --out FILE.pdf (or FILE.docx)");
        }
        if ("brief".equals(command) && format != null && !List.of("pdf", "docx").contains(format)) {
            throw new UsageException("brief takes --format pdf or docx, not " + format);
        }
        if ("agreements".equals(command) && (region == null || format == null || !List.of("csv", "pdf").contains(format)
                || "pdf".equals(format) && out == null)) {
            throw new UsageException("agreements needs --region CODE and --format csv|pdf (a PDF also --out FILE.pdf)");
        }
        if (("setup".equals(command) || "migrate".equals(command)) && server == null) {
            throw new UsageException(command + " needs --db postgresql://USER@HOST/DATABASE");
        }
        if ("copy".equals(command) && (from == null || to == null)) {
            throw new UsageException("copy needs --from DB and --to DB (a file or a postgresql:// address)");
        }
        Path dataDirectory = AppPaths.dataDirectory();
        return new Options(command, database == null && server == null ? AppPaths.defaultDatabase(dataDirectory) : database,
                dataDirectory, exitAfterStart, List.copyOf(rest), dryRun, format, out, language, theme, table, visitEveryScreen,
                region, deck, server, from, to, replace, separateDocuments, expiringMonths, on);
    }

    /** "12m", "12" (months) or "1y" (years), as a number of months from 0 to 1200. */
    private static int months(String text) throws UsageException {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(\\d{1,4})\\s*([my]?)")
                .matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!parts.matches()) {
            throw new UsageException("--expiring takes months as 12m or years as 1y, not " + text);
        }
        int count = Integer.parseInt(parts.group(1)) * ("y".equals(parts.group(2)) ? 12 : 1);
        if (count > 1200) {
            throw new UsageException("--expiring takes at most 1200 months (100 years), not " + text);
        }
        return count;
    }

    private static ServerAddress serverAddress(String text) throws UsageException {
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The database given, as messages name it: the file's path or the server's address. */
    public String where() {
        return server != null ? server.toString() : database.toString();
    }

    /** Opens the database given with --db (a file or a team database; a command's password from PGPASSWORD). */
    public Database openDatabase(Database.Mode mode) {
        return server != null ? Database.open(server, Passwords.forCommand(server), mode) : Database.open(database, mode);
    }

    /** The store of the database given with --db. */
    public DataStore openStore(Database.Mode mode) {
        return server != null ? new DataStore(server, Passwords.forCommand(server), mode) : new DataStore(database, mode);
    }
}
