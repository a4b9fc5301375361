/** A user's module: it requires the one module of the README's snippet, which brings the query API and the data. */
module org.example.consumer {
  requires org.multilateral;
}
