package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Dataset;

/**
 * Every collection the API returns refuses modification: the whole bundled dataset is walked through its public
 * no-argument methods, and every list, set and map met on the way is tried.
 */
@DisplayName("Every collection returned by the API")
class ImmutabilityTest {

  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<String> tried = new ArrayList<>();

  @Test
  @DisplayName("refuses add, remove, clear, put and changes through its iterator")
  void collectionsRefuseModification() throws Exception {
    Dataset data = MultilateralData.bundled();
    visit(data, "dataset");
    assertTrue(tried.size() > 1000, "collections tried: " + tried.size());
    assertTrue(tried.contains("dataset.memberships()"), "memberships tried");
    assertTrue(tried.stream().anyMatch(p -> p.endsWith(".spells()")), "spells tried");
    assertTrue(tried.stream().anyMatch(p -> p.endsWith(".aliases()")), "aliases tried");
    assertTrue(tried.stream().anyMatch(p -> p.endsWith(".seats()")), "seats tried");
  }

  private void visit(Object value, String path) throws Exception {
    if (value == null || !seen.add(value) || !value.getClass().getName().startsWith("org.multilateral.")
        && !(value instanceof Collection) && !(value instanceof Map) && !(value instanceof Optional)) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        visit(optional.get(), path);
      }
      return;
    }
    if (value instanceof Collection<?> collection) {
      tryToModify(collection, path);
      int i = 0;
      for (Object element : collection) {
        visit(element, path + "[" + i++ + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      tryToModify(map, path);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        visit(e.getValue(), path + "[" + e.getKey() + "]");
      }
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass().getName().startsWith("org.multilateral.")
          && (Collection.class.isAssignableFrom(method.getReturnType())
              || Map.class.isAssignableFrom(method.getReturnType())
              || Optional.class.isAssignableFrom(method.getReturnType())
              || method.getReturnType().getName().startsWith("org.multilateral."))) {
        Object result;
        try {
          result = publicDeclaration(value.getClass(), method).invoke(value);
        } catch (InvocationTargetException e) {
          continue;
        }
        visit(result, path + "." + method.getName() + "()");
      }
    }
  }

  /** {@code method} as declared by a public class or interface, which reflection may call. */
  private static Method publicDeclaration(Class<?> type, Method method) throws NoSuchMethodException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        try {
          return c.getMethod(method.getName());
        } catch (NoSuchMethodException e) {
          // Not declared here; look further up.
        }
      }
      for (Class<?> i : c.getInterfaces()) {
        if (Modifier.isPublic(i.getModifiers())) {
          try {
            return i.getMethod(method.getName());
          } catch (NoSuchMethodException e) {
            // Not declared here.
          }
        }
      }
    }
    throw new NoSuchMethodException(method.toString());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void tryToModify(Collection collection, String path) {
    tried.add(path);
    assertThrows(UnsupportedOperationException.class, () -> collection.add(null), path);
    assertThrows(UnsupportedOperationException.class, collection::clear, path);
    assertThrows(UnsupportedOperationException.class, () -> collection.removeIf(x -> true), path);
    if (collection instanceof List list) {
      assertThrows(UnsupportedOperationException.class, () -> list.add(0, null), path);
      if (!list.isEmpty()) {
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, list.get(0)), path);
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0), path);
      }
    }
    if (!collection.isEmpty()) {
      Iterator<?> it = collection.iterator();
      it.next();
      assertThrows(UnsupportedOperationException.class, it::remove, path);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void tryToModify(Map map, String path) {
    tried.add(path);
    assertThrows(UnsupportedOperationException.class, () -> map.put(null, null), path);
    assertThrows(UnsupportedOperationException.class, map::clear, path);
  }
}
