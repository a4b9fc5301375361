/** A user's module: it requires the two modules of the README's snippet. */
module org.example.consumer {
  requires org.multilateral.query;
  requires org.multilateral.dataset;
}
