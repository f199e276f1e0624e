fn main() {
    std::process::exit(earshot::cli::main());
}
