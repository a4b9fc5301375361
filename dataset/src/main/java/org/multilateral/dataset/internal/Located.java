package org.multilateral.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import org.multilateral.dataset.DataFileException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A data file's name and text, able to turn a JSON pointer into a line and column. Locating is done only when an
 * error is reported, by streaming the file once more, so a good file costs nothing extra.
 */
public final class Located {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final String name;
  private final byte[] bytes;

  public Located(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  /** A place in a file: the file and the JSON pointer of a value in it. */
  public record At(Located file, String pointer) {}

  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** An exception for the value at {@code pointer} (such as {@code /memberships/3/country}). */
  public DataFileException error(String pointer, String problem) {
    int[] at = locate(pointer);
    return new DataFileException(name, at[0], at[1], displayPath(pointer), problem);
  }

  /** {@code /memberships/3/country} becomes {@code $.memberships[3].country}. */
  static String displayPath(String pointer) {
    StringBuilder path = new StringBuilder("$");
    if (pointer.isEmpty()) {
      return path.toString();
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (s.matches("\\d+")) {
        path.append('[').append(s).append(']');
      } else if (s.matches("[A-Za-z_$][\\w$]*")) {
        path.append('.').append(s);
      } else {
        path.append("['").append(s.replace("'", "\\'")).append("']");
      }
    }
    return path.toString();
  }

  /** The line and column of the value at {@code pointer}, or of its nearest enclosing value; {0, 0} if none. */
  private int[] locate(String pointer) {
    List<String> candidates = new ArrayList<>();
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      candidates.add(p);
      if (p.isEmpty()) {
        break;
      }
    }
    int[] best = {0, 0};
    int bestDepth = Integer.MAX_VALUE;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        // After a start-of-object or -array token the context is the new container; the value's own path is
        // then that of the enclosing context.
        TokenStreamContext context = parser.streamReadContext();
        JsonPointer here = (token.isStructStart() ? context.getParent() : context).pathAsPointer();
        int depth = candidates.indexOf(here.toString());
        if (depth >= 0 && depth < bestDepth) {
          TokenStreamLocation location = parser.currentTokenLocation();
          best = new int[] {location.getLineNr(), location.getColumnNr()};
          bestDepth = depth;
          if (depth == 0) {
            break;
          }
        }
      }
    } catch (RuntimeException e) {
      // A file that does not parse is reported by the parser itself; here we only look for a position.
    }
    return best;
  }
}
