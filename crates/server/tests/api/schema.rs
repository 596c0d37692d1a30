/// `schema.graphql` is generated from the code and committed; regenerate it
/// with `cargo run -p server -- export-schema schema.graphql`.
#[test]
fn the_committed_schema_matches_what_the_code_exports() {
    let committed = std::fs::read_to_string(crate::helpers::repo_root().join("schema.graphql"))
        .expect("schema.graphql is committed at the repository root");
    let exported = api::schema::sdl();
    assert!(
        committed == exported,
        "schema.graphql is out of date: run `make schema` (quads export-schema schema.graphql) and commit it"
    );
}
