export function NoCompany() {
  return (
    <section class="empty" data-testid="no-company">
      <h1>No company on this page</h1>
      <p>
        Open a company's LinkedIn page, its website or its Crunchbase page, or a person's LinkedIn profile,
        and Fitcheck will show how it fits your ICP.
      </p>
    </section>
  );
}
