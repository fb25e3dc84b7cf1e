select progress_counter_rebuild(:program)
