package org.unionregions.app;

/**
 * Where a command finds a team database's password: PGPASSWORD, as psql reads it; with none, the
 * driver reads ~/.pgpass itself (or the server trusts the connection). Never the command line.
 */
final class Passwords {

    private Passwords() {
    }

    static char[] forCommand() {
        String password = System.getenv("PGPASSWORD");
        return password == null || password.isEmpty() ? null : password.toCharArray();
    }
}
