package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** An export written a line per row of a query, its failures named as the store's errors. */
final class LineFile {
    /** The line of the result set's current row, if it has one. */
    interface Line {
        Optional<String> of(ResultSet row) throws SQLException, IOException;
    }

    private LineFile() {}

    /** Writes the lines of {@code sql}'s rows to {@code file}; answers how many. */
    static long write(Connection connection, String sql, Path file, Line line) throws StoreException {
        long n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Optional<String> text = line.of(rs);
                if (text.isPresent()) {
                    out.write(text.get());
                    out.write('\n');
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write: " + StoreException.firstLine(e), e);
        }
        return n;
    }
}
